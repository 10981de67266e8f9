assert True, "never"
assert 0, "zero"
