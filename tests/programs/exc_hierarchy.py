# The built-in exception hierarchy.
def catch(fn):
    try:
        fn()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
print(catch(lambda: [1][5]))
print(catch(lambda: {}["x"]))
print(catch(lambda: "abc"[10]))
print(catch(lambda: 1 // 0))
print(catch(lambda: 2.0 ** 10000))
print(catch(lambda: int("z")))
print(catch(lambda: undefined_name))
print(catch(lambda: [].foo))
names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, TypeError, NameError,
         UnboundLocalError, AttributeError, RecursionError, StopIteration, AssertionError,
         NotImplementedError, KeyboardInterrupt, SystemExit, GeneratorExit, UnicodeError]
for cls in names:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(isinstance(ValueError(), Exception), isinstance(RecursionError(), RuntimeError))
