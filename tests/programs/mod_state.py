# Helper module holding mutable module-level state.
counter = 0
history = []


def incr(n=1):
    global counter
    counter += n
    history.append(counter)
    return counter


def reset():
    global counter
    counter = 0
    history.clear()
