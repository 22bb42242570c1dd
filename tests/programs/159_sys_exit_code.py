# sys.exit with an integer code
import sys
def main():
    for i in range(3):
        print("working", i)
    try:
        print("exiting with 3")
        sys.exit(3)
    finally:
        print("finally still runs")
    print("unreachable")
main()
print("unreachable too")
