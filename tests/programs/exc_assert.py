# assert with and without messages.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("AssertionError args:", e.args, repr(str(e)))
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert True, "never raised"
print("asserts passed")
assert len([]) == 1, "list should have one element"
