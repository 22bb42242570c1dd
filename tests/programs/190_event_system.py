# Program: an event system with callbacks
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event, handler, priority=0):
        self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), handler))
        return handler
    def off(self, event, handler):
        lst = self.handlers.get(event, [])
        self.handlers[event] = [h for h in lst if h[2] is not handler]
    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        results = []
        for prio, order, h in sorted(self.handlers.get(event, []), key=lambda t: (-t[0], t[1])):
            try:
                r = h(*args, **kwargs)
            except Exception as e:
                r = f"handler error: {type(e).__name__}: {e}"
            if r == "stop":
                results.append(r)
                break
            results.append(r)
        return results
bus = EventBus()
log = []
def logger(*args, **kwargs):
    log.append((args, sorted(kwargs.items())))
    return "logged"
def greeter(name, punct="!"):
    return f"hello {name}{punct}"
def failing(name, **kw):
    return 1 / 0
def stopper(name, **kw):
    return "stop" if name == "stop-me" else "pass"
bus.on("greet", logger)
bus.on("greet", greeter, priority=5)
bus.on("greet", failing, priority=1)
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob", punct="?"))
bus.on("greet", stopper, priority=10)
print(bus.emit("greet", "stop-me"))
bus.off("greet", failing)
print(bus.emit("greet", "cid"))
print(bus.emit("unknown"))
counter = {"n": 0}
def make_counter(step):
    def handler():
        counter["n"] += step
        return counter["n"]
    return handler
for s in [1, 10, 100]:
    bus.on("tick", make_counter(s))
for _ in range(3):
    print(bus.emit("tick"))
print(log)
print(bus.history)
