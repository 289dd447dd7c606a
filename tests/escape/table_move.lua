-- Threat 5: table.move over a huge range of absent keys would loop in C without allocating.
table.move({}, 1, math.maxinteger - 1, 2)
