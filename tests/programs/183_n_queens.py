# Program: N-queens via backtracking
def solve(n):
    solutions = []
    cols = [0] * n
    used_col = [False] * n
    used_d1 = [False] * (2 * n)
    used_d2 = [False] * (2 * n)
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if used_col[c] or used_d1[row + c] or used_d2[row - c + n]:
                continue
            cols[row] = c
            used_col[c] = used_d1[row + c] = used_d2[row - c + n] = True
            place(row + 1)
            used_col[c] = used_d1[row + c] = used_d2[row - c + n] = False
    place(0)
    return solutions
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(8)[0]
print(first)
for r in range(8):
    print(" ".join(["Q" if first[r] == c else "." for c in range(8)]))
sols6 = solve(6)
print(sols6)
