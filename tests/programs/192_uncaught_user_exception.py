# Uncaught user-defined exception from nested calls: status 1
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
def validate(record):
    for key in ["name", "age"]:
        if key not in record:
            raise ValidationError(key, "missing")
    if record["age"] < 0:
        raise ValidationError("age", "negative")
    return True
records = [{"name": "a", "age": 3}, {"name": "b", "age": 40}, {"name": "c", "age": -1}]
for r in records:
    print("validating", r["name"])
    print(validate(r))
print("unreachable")
