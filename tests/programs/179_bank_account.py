# Program: a small bank account simulation
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.log = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.log.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.log.append(("withdraw", amount))
    def __str__(self):
        return f"#{self.number} {self.owner:<6} {self.balance:>8.2f}"
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, acct):
        self.accounts[acct.number] = acct
        return acct.number
    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        try:
            a.withdraw(amount)
        except InsufficientFunds as e:
            print("  transfer failed:", e)
            return False
        b.deposit(amount)
        return True
    def total(self):
        return sum([a.balance for a in self.accounts.values()])
bank = Bank()
n1 = bank.open(Account("alice", 100))
n2 = bank.open(Account("bob"))
n3 = bank.open(SavingsAccount("carol", 1000, 0.05))
print(bank.transfer(n1, n2, 30))
print(bank.transfer(n2, n1, 50))
print(bank.transfer(n3, n2, 250.5))
for yr in range(3):
    print("interest:", bank.accounts[n3].add_interest())
try:
    bank.accounts[n1].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for num in sorted(bank.accounts):
    print(bank.accounts[num])
print("total: %.2f" % bank.total())
print(bank.accounts[n2].log)
try:
    bank.transfer(n1, 9999, 1)
except KeyError as e:
    print("no such account:", e)
