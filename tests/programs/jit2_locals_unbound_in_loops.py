# Locals unbound at loop entry, deleted inside compiled loops, and read conditionally.
def late_bind(n):
    seen = 0
    for i in range(n):
        if i > 1500:
            seen += last
        if i == 1200:
            last = i
    return seen

print(late_bind(3000))

def unbound_read(n):
    errs = 0
    t = 0
    for i in range(n):
        try:
            t += x
        except UnboundLocalError as e:
            errs += 1
            msg = str(e)
        if i % 1000 == 500:
            x = i
        if i % 1000 == 900:
            del x
    return t, errs, msg

print(unbound_read(3000))

def del_in_loop(n):
    total = 0
    for i in range(n):
        y = i * 2
        total += y
        if i % 3 == 0:
            del y
    try:
        return total, y
    except UnboundLocalError:
        return total, "unbound"

print(del_in_loop(3000), del_in_loop(3001))

def maybe_float(n):
    for i in range(n):
        if i == 2000:
            v = 0.5
        elif i == 2500:
            v = 2 ** 70
        elif i > 100 and i % 2:
            v = i
    return v

print(maybe_float(3000), maybe_float(2200), maybe_float(1000))

def loop_var_after(n):
    for i in range(n):
        pass
    for j in range(0):
        pass
    try:
        return i, j
    except UnboundLocalError as e:
        return i, str(e)

print(loop_var_after(3000))

g_unbound_count = 0
def global_unbound(n):
    global g_late, g_unbound_count
    t = 0
    for i in range(n):
        try:
            t += g_late
        except NameError:
            g_unbound_count += 1
        if i == 2000:
            g_late = 3
    return t, g_unbound_count

print(global_unbound(3000))
