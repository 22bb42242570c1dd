# Program: a tiny interpreter for an assembly-like language
PROGRAM = """
    set n 10
    set a 0
    set b 1
    set i 0
loop:
    jge i n end
    out a
    add t a b
    mov a b
    mov b t
    add i i 1
    jmp loop
end:
    set f 1
    set k 1
fact:
    jgt k 12 done
    mul f f k
    add k k 1
    jmp fact
done:
    out f
    halt
"""
def assemble(src):
    code = []
    labels = {}
    for line in src.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            code.append(line.split())
    return code, labels
def run(code, labels, max_steps=10000):
    regs = {}
    out = []
    pc = 0
    steps = 0
    def val(x):
        return int(x) if x.lstrip("-").isdigit() else regs.get(x, 0)
    while pc < len(code) and steps < max_steps:
        steps += 1
        op, *args = code[pc]
        pc += 1
        if op == "set":
            regs[args[0]] = int(args[1])
        elif op == "mov":
            regs[args[0]] = val(args[1])
        elif op in ("add", "sub", "mul"):
            x, y = val(args[1]), val(args[2])
            regs[args[0]] = x + y if op == "add" else x - y if op == "sub" else x * y
        elif op == "out":
            out.append(val(args[0]))
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "jge":
            if val(args[0]) >= val(args[1]):
                pc = labels[args[2]]
        elif op == "jgt":
            if val(args[0]) > val(args[1]):
                pc = labels[args[2]]
        elif op == "halt":
            break
        else:
            raise ValueError("unknown op " + op)
    return out, steps, regs
code, labels = assemble(PROGRAM)
print(len(code), sorted(labels.items()))
out, steps, regs = run(code, labels)
print(out)
print(steps, sorted(regs.items()))
try:
    run([["bogus"]], {})
except ValueError as e:
    print("ValueError:", e)
