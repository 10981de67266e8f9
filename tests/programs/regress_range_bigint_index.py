print(range(2**70)[2**69])
print(range(-2**63, 2**63)[-1])
