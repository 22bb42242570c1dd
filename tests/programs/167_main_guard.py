# The if __name__ == "__main__" idiom
import mod_geometry
def helper():
    return "helper called"
def main():
    print("main running, __name__ =", __name__)
    print(helper())
    print(mod_geometry.__name__)
    return 0
print("module level, before guard")
if __name__ == "__main__":
    main()
else:
    print("imported, not running main")
print("module level, after guard")
