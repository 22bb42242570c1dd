# raise SystemExit(4), after catching and re-raising a first one
try:
    raise SystemExit(9)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit(5)
except Exception:
    print("SystemExit is not an Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e.code)
print("about to exit with 4")
raise SystemExit(4)
