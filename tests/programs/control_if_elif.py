# if/elif/else chains, nested conditions, conditional expressions.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 90, 85, 72, 50, 100, 0)])
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
print(" ".join(fizzbuzz(20)))
x = 7
print("odd" if x % 2 else "even", "big" if x > 100 else "mid" if x > 5 else "small")
if x:
    if x > 5:
        print("nested true")
if not x:
    print("not printed")
elif x == 7:
    print("elif hit")
y = None
print(y if y is not None else "fallback")
if [] or {} or 0:
    print("never")
else:
    print("all falsy")
if (n := len("walrus")) > 3:
    print("walrus", n)
