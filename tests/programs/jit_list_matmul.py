# Nested lists: matrix multiply, transpose and determinant-like loops with ints then floats.
def matmul(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0] * m for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for j in range(m):
            s = 0
            for t in range(k):
                s += ai[t] * b[t][j]
            ci[j] = s
    return c

N = 22
A = [[(i * N + j) % 7 - 3 for j in range(N)] for i in range(N)]
B = [[(i + 2 * j) % 5 - 2 for j in range(N)] for i in range(N)]
C = matmul(A, B)
print(C[0][:6], C[N - 1][-6:], sum(map(sum, C)))
D = matmul(C, C)
print(D[3][:5], sum(map(sum, D)))

# same function, now with floats
Af = [[v * 0.5 for v in row] for row in A]
Cf = matmul(Af, B)
print(Cf[0][:4], repr(sum(map(sum, Cf))))

# powers grow past 64 bits
P = [[1, 1], [1, 0]]
R = [[1, 0], [0, 1]]
for _ in range(100):
    R = matmul(R, P)
print(R[0][1])

# transpose and trace in a hot nested loop
T = [[A[j][i] for j in range(N)] for i in range(N)]
tr = 0
for rep in range(10):
    for i in range(N):
        for j in range(N):
            if T[i][j] != A[j][i]:
                tr -= 1000
        tr += T[i][i]
print(tr)

# gaussian elimination determinant with floats
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    d = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if m[p][c] == 0:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            d = -d
        d *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return d

H = [[1.0 / (i + j + 1) + (i == j) for j in range(12)] for i in range(12)]
print(repr(det(H)))
