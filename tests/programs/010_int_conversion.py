# int() conversions from strings and floats
print(int("42"), int("-42"), int("  17  "), int("+8"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o777", 8))
print(int("1010", 2), int("0b1010", 2), int("z", 36), int("Zz", 36))
print(int("1_000"), int("10", 0), int("0x10", 0), int("0o10", 0), int("0b10", 0))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e15))
print(int(True), int(), int("0"), int("-0"))
print(int("9223372036854775807"), int("-9223372036854775808"))
for bad in ["abc", "", "1.5", "12a", " ", "0x"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(123) + str(-4), len(str(10 ** 15)))
