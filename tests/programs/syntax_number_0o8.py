x = 1
y = 0o8
