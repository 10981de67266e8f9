# Class-level state, shadowing, and methods calling methods.
class BankAccount:
    interest = 0.02
    accounts = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        BankAccount.accounts += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"Insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance
    def apply_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
        return self.balance
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"
a = BankAccount("ann", 100)
b = BankAccount("bob")
print(a.deposit(50), a.withdraw(30), a.apply_interest(), a)
try:
    b.withdraw(10)
except ValueError as e:
    print("ValueError:", e)
try:
    b.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
b.interest = 0.5
b.deposit(10)
print(b.apply_interest(), a.interest, BankAccount.accounts, a.history)
print(sorted([b, a], key=lambda acct: acct.balance))
