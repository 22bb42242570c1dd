# repr() of strings and containers of strings
vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "back\\",
        "\x00\x01\x1f", "\x7f", "é", "日本", "", " ", "\u200b"]
for v in vals:
    print(repr(v))
print(["a", "b'c", 'd"e'])
print(("x",), ("x", 1, None))
print({"k": "v", "q'": 'r"'})
print(str("x"), str(["x"]), repr(["x"]))
print(repr(repr("a")))
print([1.5, "1.5", None, True, "None"])
nested = [["a", ["b", ("c", {"d": "e"})]]]
print(nested)
print(repr(nested) == str(nested))
