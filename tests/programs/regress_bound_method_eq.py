class A:
    def f(self): pass
a = A()
handlers = [a.f]
print(a.f == a.f, a.f in handlers)
handlers.remove(a.f)
print(handlers)
