# global statement, module-level state, UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def read_only():
    return counter * 10
print(read_only())
def make_global():
    global created
    created = "yes"
make_global()
print(created)
x = "module"
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def broken():
    try:
        y = x + "!"
        x = 1
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
    return y
print(broken())
values = []
def push(v):
    values.append(v)
push(1)
push(2)
print(values)
def reset():
    global values
    values = []
reset()
print(values)
