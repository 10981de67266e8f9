"""abc, written in Python for pyjit: ABC, abstractmethod and the instantiation check."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = []
    for name in dir(cls):
        value = getattr(cls, name, None)
        if getattr(value, "__isabstractmethod__", False):
            names.append(name)
    return sorted(names)


class ABC:
    def __new__(cls, *args, **kwargs):
        abstract = _abstract_names(cls)
        if abstract:
            plural = "s" if len(abstract) > 1 else ""
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method" + plural + " " + ", ".join(abstract))
        return object.__new__(cls)


ABCMeta = type
