# Function factories producing stateful closures
def make_counter(start=0, step=1):
    value = start - step
    def next_value():
        nonlocal value
        value += step
        return value
    def reset():
        nonlocal value
        value = start - step
    return next_value, reset
nxt, reset = make_counter()
print(nxt(), nxt(), nxt())
reset()
print(nxt())
n2, _ = make_counter(100, -25)
print([n2() for _ in range(6)])
def make_bank(balance):
    history = []
    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("dep", x))
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            history.append(("denied", x))
            return balance
        balance -= x
        history.append(("wd", x))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = make_bank(50)
print(acct["deposit"](25), acct["withdraw"](100), acct["withdraw"](70))
print(acct["report"]())
def once(fn):
    done = False
    result = None
    def wrapper():
        nonlocal done, result
        if not done:
            result = fn()
            done = True
        return result
    return wrapper
hits = []
init = once(lambda: hits.append("init") or len(hits))
print(init(), init(), init(), hits)
