# sys.exit(2) inside nested functions; finally blocks and except-Exception do not stop it
import sys
def inner():
    try:
        print("inner: calling sys.exit(2)")
        sys.exit(2)
    except Exception:
        print("never: SystemExit is not an Exception")
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    finally:
        print("outer finally")
try:
    sys.exit(7)
except SystemExit as e:
    print("first exit caught, code =", e.code)
outer()
print("unreachable")
