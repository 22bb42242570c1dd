# sys.exit with a string: message to stderr, status 1
import sys
def validate(items):
    for i in items:
        if i < 0:
            sys.exit("negative value found: " + str(i))
        print("ok", i)
validate([1, 2, 3])
validate([4, -5, 6])
print("not reached")
