# A user exception raised from deep recursion called by a hot loop escapes uncaught (status 1).
class ValidationError(Exception):
    pass

def validate(x, depth):
    if depth == 0:
        if x > 4100:
            raise ValidationError(f"value {x} exceeds limit after {depth} levels")
        return x % 13
    return validate(x, depth - 1)

total = 0
for i in range(6000):
    total += validate(i, 6)
    if i % 1000 == 0:
        print("ok", i, total)
print("not reached", total)
