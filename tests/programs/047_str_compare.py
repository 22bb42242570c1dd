# String comparison and membership
pairs = [("apple", "banana"), ("apple", "Apple"), ("abc", "ab"), ("", "a"), ("Z", "a"),
         ("10", "9"), ("héllo", "hello"), ("日本", "中国"), ("same", "same")]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a > b, a >= b, a != b)
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9", "_x"]))
print(sorted(["banana", "Apple", "cherry", "apple"], key=lambda w: w.lower()))
print("ell" in "hello", "" in "abc", "abc" in "ab", "H" in "hello")
print("hello".startswith("he"), "hello".endswith("lo"), "hello".startswith(("x", "h")))
print(min(["pear", "fig", "apple"]), max(["pear", "fig", "apple"]), max(["pear", "fig", "apple"], key=len))
a = "interned"
b = "intern" + "ed"
print(a == b)
