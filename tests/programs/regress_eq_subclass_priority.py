class A:
    def __eq__(self, o): return False
class B(A):
    def __eq__(self, o): return True
print(A() == B())
