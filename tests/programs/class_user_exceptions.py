# User-defined exceptions with custom __init__/__str__ and hierarchies.
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError):
    def __init__(self, key):
        self.key = key
        super().__init__(f"no such key {key!r}")
try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, "|", e, "|", e.args, "|", e.field)
try:
    raise NotFound("k1")
except NotFound as e:
    print(e, e.args, e.key, repr(e))
try:
    raise AppError("plain", 2)
except Exception as e:
    print(e, e.args, repr(e))
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception), issubclass(NotFound, BaseException))
errors = []
for v in [5, -1, "x", 10]:
    try:
        if not isinstance(v, int):
            raise ValidationError("value", f"{v!r} is not an int")
        if v < 0:
            raise ValidationError("value", "negative")
        errors.append(f"ok {v}")
    except ValidationError as e:
        errors.append(str(e))
print(errors)
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()), Empty().args, str(Empty("a", "b")))
raise ValidationError("name", "too short")
