def inner():
    return [1]
def outer():
    yield from inner()
