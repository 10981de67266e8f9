g_val = 0
def glob():
    global g_val
    [g_val := g_val + x for x in range(4)]
glob()
print(g_val)
