# Syntax error: unterminated string literal.
print("ok")
name = "unterminated
print(name)
