# Nested dicts as records
inventory = {
    "fruits": {"apple": {"qty": 10, "price": 0.5}, "pear": {"qty": 0, "price": 0.75}},
    "veg": {"carrot": {"qty": 25, "price": 0.1}},
}
for cat in inventory:
    for item, info in inventory[cat].items():
        print(f"{cat:<7}{item:<8}{info['qty']:>4}{info['price']:>6.2f}")
total = 0.0
for cat, items in inventory.items():
    for info in items.values():
        total += info["qty"] * info["price"]
print("value:", total)
inventory["veg"]["pea"] = {"qty": 100, "price": 0.01}
inventory["fruits"]["apple"]["qty"] -= 3
print(inventory["fruits"]["apple"], len(inventory["veg"]))
in_stock = {cat: [n for n, i in items.items() if i["qty"] > 0] for cat, items in inventory.items()}
print(in_stock)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
def show(t, indent=0):
    for k in sorted(t):
        print("  " * indent + k)
        show(t[k], indent + 1)
show(tree)
