# ZeroDivisionError messages for / // % on ints and floats.
def attempt(label, fn):
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)

attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1.0//0.0", lambda: 1.0 // 0.0)
attempt("1.0%0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0,0.0)", lambda: divmod(1.0, 0.0))
attempt("0/0", lambda: 0 / 0)
attempt("big/0", lambda: 2 ** 100 / 0)
attempt("big//0", lambda: 2 ** 100 // 0)
attempt("big%0", lambda: 2 ** 100 % 0)
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("True/False", lambda: True / False)
attempt("1/-0.0", lambda: 1 / -0.0)
attempt("ok", lambda: 0 / 5)
