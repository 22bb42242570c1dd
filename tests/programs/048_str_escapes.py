# Escape sequences
print("tab\there")
print("new\nline")
print("back\\slash")
print('single \' quote', "double \" quote")
print("bell-less \x41\x42\x43", "\101\102", "\u00e9\u65e5")
print(len("\n"), len("\\n"), len("\t\x00"), len(r"\n"))
print(r"raw \n string \t", r"C:\path\to")
print("""triple
quoted "string" with 'quotes'""")
print('''another
one''')
print("line\
 continued")
print("carriage\rreturn" == "carriage\rreturn", len("a\rb"))
s = "a\tb\nc"
print(repr(s), s.split())
print("%r" % "it's", "%r" % 'say "hi"', repr("both ' and \""))
print(ord("\n"), ord("\t"), ord("\\"), ord("\0"))
