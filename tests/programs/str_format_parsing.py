# str.format's template parser: escapes, nesting limits, conversions, field names
# with attributes and keys, numbering rules, and CPython's message for each malformed form.
class P:
    x = 5
    def __format__(self, spec):
        return "P<" + spec + ">"
tests = ["{", "}", "{0", "{0:{1}}", "{:{}}", "{0:{1:{2}}}", "}}{{", "{!}", "{0!x}", "{a[}", "{0:}}", "{:{{}}}", "{0[}", "{0.}", "{[0]", "{:>{}}", "x{}}y", "{0}{", "{:%}", "{:{:{}}}",
         "{0[-1]}", "{+1}", "{0]}", "{0[0]x}", "{0[0].real}", "{a[0]}", "{a[-1]}", "{0!r:>8}", "{0!s}", "{0!a}", "{0!r", "{0!rr}", "{0:{1}x}", "{}{1}", "{1}{}", "{:{}}{}",
         "{0{}", "{0:{", "{0!}", "{{{0}}}", "{p.x}", "{p:abc{0}}", "{p:{{}}}", "{0.__class__.__name__}", "{00}", "{1e2}", "{ }", "{0 }", "{a.b.}", "{0..real}", "{0[]}", "{0[0][}"]
for t in tests:
    try:
        print(repr(t), repr(t.format(1, 2, 3, a=[1, 2], p=P(), **{" ": "sp", "0 ": "z", "+1": "plus", "1e2": "E"})))
    except Exception as e:
        print(repr(t), type(e).__name__, e)
print("{name} is {age:>{w}}".format_map({"name": "A", "age": 3, "w": 4}))
print("{0[999999999999999999999999]}".format({}) if False else "skip")
try:
    "{0[99999999999999999999999]}".format([1])
except Exception as e:
    print(type(e).__name__, e)
try:
    "{99999999999999999999999}".format(1)
except Exception as e:
    print(type(e).__name__, e)
