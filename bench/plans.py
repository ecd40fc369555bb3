#!/usr/bin/env python3
"""Writes a benchmark plan: the seed plan's buyer, date and fleet with N options in the pattern of
src/bench/java/com/supplyrisk/scoring/SyntheticPlans.java (every catalog accelerator, every channel, seven
suppliers; every tenth option with the buyer's own licensing probability, every seventh with its own
reference price; rentals priced per hour).  Usage: plans.py SEED_JSON CATALOG_YAML N > plan.json"""
import json
import re
import sys

SUPPLIERS = ["Authorised distributor", "Shenzhen broker", "Huawei", "Cloud provider in Malaysia", "Inspur",
             "Hong Kong trading house", "Singapore system integrator"]
CHANNELS = ["OFFICIAL", "GREY_MARKET", "DOMESTIC", "CLOUD_RENTAL"]


def main(seed_path, catalog_path, size):
    plan = json.load(open(seed_path))
    # The catalog's ids in the order the service lists them (sorted), without a YAML parser.
    accelerators = sorted(re.findall(r"^  - id: (\S+)$", open(catalog_path).read(), re.MULTILINE))
    options = []
    for i in range(size):
        channel = CHANNELS[i // len(accelerators) % len(CHANNELS)]
        rented = channel == "CLOUD_RENTAL"
        option = {"id": "line-%05d" % i,
                  "accelerator": accelerators[i % len(accelerators)],
                  "channel": channel,
                  "supplier": SUPPLIERS[i % len(SUPPLIERS)],
                  "quantity": 8 + i % 120,
                  "unitPrice": {"amount": 2 + i % 9, "currency": "USD"} if rented
                  else {"amount": 20000 + (i * 7919) % 300000, "currency": "CNY" if i % 2 == 1 else "USD"}}
        if rented:
            option["rentalPeriod"] = "HOUR"
        if i % 10 == 9:
            option["licensingProbability"] = 0.35
        if i % 7 == 6:
            option["referenceUnitPrice"] = {"amount": 4 if rented else 25000, "currency": "USD"}
        options.append(option)
    plan["options"] = options
    json.dump(plan, sys.stdout, separators=(",", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
