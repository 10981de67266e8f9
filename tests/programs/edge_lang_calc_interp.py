class ParseError(Exception):
    pass
class EvalError(Exception):
    pass
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            yield ("num", float(text) if "." in text else int(text))
            i = j
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield ("name", src[i:j])
            i = j
            continue
        if c in "+-*/%()=,^":
            yield ("op", c)
            i += 1
            continue
        raise ParseError("bad char %r at %d" % (c, i))
    yield ("eof", None)
class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.pos = 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, val=None):
        tok = self.toks[self.pos]
        if kind and tok[0] != kind or val is not None and tok[1] != val:
            raise ParseError("expected %s %s, got %s %r" % (kind, val, tok[0], tok[1]))
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.toks[self.pos + 1] == ("op", "="):
            name = self.take()[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = (op, node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return ("^", base, self.power())
        return base
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        kind, val = self.peek()
        if kind == "num":
            self.take()
            return ("num", val)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expr())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expr())
                self.take("op", ")")
                return ("call", val, args)
            return ("var", val)
        if (kind, val) == ("op", "("):
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise ParseError("unexpected %s %r" % (kind, val))
FUNCS = {"max": max, "min": min, "abs": abs, "sum": lambda *a: sum(a)}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        try:
            return env[node[1]]
        except KeyError:
            raise EvalError("undefined variable " + node[1]) from None
    if kind == "assign":
        env[node[1]] = v = evaluate(node[2], env)
        return v
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "call":
        fn = FUNCS.get(node[1])
        if fn is None:
            raise EvalError("unknown function " + node[1])
        return fn(*[evaluate(a, env) for a in node[2]])
    a, b = evaluate(node[1], env), evaluate(node[2], env)
    try:
        return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                "/": lambda: a / b, "%": lambda: a % b, "^": lambda: a ** b}[kind]()
    except ZeroDivisionError as e:
        raise EvalError("math error: " + str(e)) from e
env = {}
for line in ["x = 3", "y = x * (2 + 4) ^ 2", "y / 4", "-x - -x", "max(1, x, y) % 7", "2 ^ 3 ^ 2",
             "z + 1", "1 / 0", "foo(1)", "3 $ 4", "(1 + 2", "sum(1, 2, 3) * 1.5", "abs(-7) - min(4, 2)", "7 % 0"]:
    try:
        result = evaluate(Parser(line).statement(), env)
        print("%-22s => %r" % (line, result))
    except (ParseError, EvalError) as e:
        cause = e.__cause__
        print("%-22s !! %s: %s%s" % (line, type(e).__name__, e, " (cause %s)" % type(cause).__name__ if cause else ""))
print(sorted(env.items()))
