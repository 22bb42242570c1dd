# N-queens: count all solutions by recursive backtracking over lists of
# flags, and collect the first solutions as lists of column indices.


def solve(n, row, cols, diag1, diag2, placement, found):
    if row == n:
        if len(found) < 3:
            found.append(placement[:])
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            placement.append(c)
            count += solve(n, row + 1, cols, diag1, diag2, placement, found)
            placement.pop()
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def queens(n):
    found = []
    total = solve(n, 0, [False] * n, [False] * (2 * n - 1), [False] * (2 * n - 1),
                  [], found)
    return [total, found]


def main():
    check = 0
    for n in range(4, 13):
        res = queens(n)
        print(f"n={n} solutions={res[0]} first={res[1][0]}")
        check = check * 31 + res[0]
    print(f"nqueens checksum={check}")


main()
