# Helper module with an import-time side effect (printed exactly once).
print("mod_banner: initializing")
LOADED = []


def register(name):
    LOADED.append(name)
    return len(LOADED)


MODULE_NAME = __name__
print("mod_banner: done, __name__ =", __name__)
