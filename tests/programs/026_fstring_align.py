# f-string widths, alignment and fill
w = "cat"
n = 123
print(f"[{w:10}]")
print(f"[{w:<10}]")
print(f"[{w:>10}]")
print(f"[{w:^10}]")
print(f"[{w:*^10}]")
print(f"[{w:-<9}]")
print(f"[{w:.>9}]")
print(f"[{n:10}]")
print(f"[{n:<10}]")
print(f"[{n:^10}]")
print(f"[{n:0>10}]")
print(f"[{n:#^11}]")
print(f"[{-n:=10}]")
print(f"[{-n:010}]")
print(f"[{w:2}]")
print(f"[{'longword':.4}]")
print(f"[{'longword':>6.3}]")
width = 12
print(f"[{w:>{width}}]")
print(f"[{w:^{width}}]")
fill_w = 7
print(f"[{n:0{fill_w}d}]")
for item, price in [("apple", 1.5), ("banana", 0.25), ("cherry", 10.0)]:
    print(f"{item:<10}{price:>8.2f}")
print(f"[{'日本':>6}]")
print(f"[{True:>6}] [{None!s:>6}]")
