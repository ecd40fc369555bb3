package com.supplyrisk.scoring;

import static com.supplyrisk.scoring.Numbers.decimal;
import static com.supplyrisk.scoring.Numbers.fixed;
import static com.supplyrisk.scoring.Numbers.money;
import static com.supplyrisk.scoring.Numbers.round;

import com.supplyrisk.assessment.CostOfCompute;
import com.supplyrisk.catalog.BoardPower;
import com.supplyrisk.catalog.Money;
import com.supplyrisk.catalog.RentalRate;
import com.supplyrisk.plan.Operation;
import com.supplyrisk.plan.PlanOption;

/**
 * The cost of an option's compute over the horizon, per PFLOPS-hour delivered. Compute counts from delivery, after the
 * lead time, to the end of the horizon. A rental pays rent only while it runs. A purchase charges the horizon its share
 * of the price, {@code min(horizon, service life) / service life}, whenever in the horizon the hardware arrives: months
 * spent waiting are months the purchase was meant to cover (a judgement, docs/model.md); once delivered it draws board
 * power x quantity x PUE, paid at the electricity price.
 */
final class ComputeCost {

    private static final double HOURS_PER_MONTH = RentalRate.HOURS_PER_MONTH;

    private ComputeCost() {
    }

    /**
     * @param unitPrice        the option's unit price in the answer's currency (per period for a rental)
     * @param electricity      the price of a kWh in the answer's currency
     * @param electricityWords where that price comes from, as the explanation words it; null when the plan asked for no
     *                         explanations, and then none is worded
     * @param probability      the option's P
     */
    static Costing of(PlanOption option, int horizonMonths, Operation operation, double unitPrice, double leadTimeMonths,
            double electricity, String electricityWords, double probability, String currency) {
        double running = Math.max(0, horizonMonths - leadTimeMonths);
        double pflops = option.computePflops();
        double purchase = 0;
        double power = 0;
        double rent = 0;
        double hours;
        if (option.rental() != null) {
            PlanOption.Rental rental = option.rental();
            hours = Math.min(rental.months(), running) * HOURS_PER_MONTH;
            rent = unitPrice * option.quantity() * hours / rental.period().hours();
        } else {
            int life = operation.serviceLifeMonths();
            purchase = unitPrice * option.quantity() * Math.min(horizonMonths, life) / (double) life;
            hours = Math.min(running, life) * HOURS_PER_MONTH;
            BoardPower board = option.accelerator().boardPower();
            if (board != null) {
                power = board.watts() / 1000 * option.quantity() * operation.pue() * hours * electricity;
            }
        }
        double pflopsHours = pflops * hours;
        double cost = purchase + power + rent;
        Double perHour = pflopsHours > 0 ? cost / pflopsHours : null;
        // A P so small that dividing by it overflows gives no risk-adjusted figure, as P = 0 gives none.
        double divided = perHour != null && probability > 0 ? perHour / probability : Double.NaN;
        Double riskAdjusted = Double.isFinite(divided) ? divided : null;
        String words = electricityWords == null ? null : explain(option, horizonMonths, operation, leadTimeMonths, electricity,
                electricityWords, probability, currency, hours, purchase, power, rent, pflopsHours, perHour, riskAdjusted);
        var answer = new CostOfCompute(amount(cost, currency), amount(purchase, currency), amount(power, currency),
                amount(rent, currency), round(pflopsHours, 3), perHour == null ? null : new Money(round(perHour, 4), currency),
                riskAdjusted == null ? null : new Money(round(riskAdjusted, 4), currency), words);
        return new Costing(answer, riskAdjusted == null ? Double.NaN : riskAdjusted);
    }

    private static String explain(PlanOption option, int horizonMonths, Operation operation, double leadTimeMonths,
            double electricity, String electricityWords, double probability, String currency, double hours, double purchase,
            double power, double rent, double pflopsHours, Double perHour, Double riskAdjusted) {
        var words = new StringBuilder(320);
        if (option.rental() != null) {
            delivered(words, leadTimeMonths, horizonMonths);
            fixed(words.append(" rented for "), hours / HOURS_PER_MONTH, 1, false).append(" months of it: rent ");
            money(words, rent, currency).append(" for ");
        } else {
            int life = operation.serviceLifeMonths();
            double share = Math.min(horizonMonths, life) / (double) life;
            money(words.append("The horizon carries "), purchase, currency).append(", ");
            fixed(words, share * 100, 1, false).append("% of the purchase (").append(Math.min(horizonMonths, life))
                    .append(" of a ").append(life).append("-month service life). ");
            delivered(words, leadTimeMonths, horizonMonths);
            fixed(words.append(" running "), hours / HOURS_PER_MONTH, 1, false).append(" months of it");
            BoardPower board = option.accelerator().boardPower();
            if (board == null) {
                words.append(" (board power unknown: power not costed) for ");
            } else {
                double kw = board.watts() / 1000 * option.quantity() * operation.pue();
                fixed(words.append(" at "), board.watts(), 0, true).append(" W x ").append(option.quantity()).append(" x PUE ");
                fixed(words, operation.pue(), 2, false).append(" = ");
                fixed(words, kw, 1, true).append(" kW, ");
                perUnit(words, electricity, currency).append(" per kWh").append(electricityWords).append(": power ");
                money(words, power, currency).append(", for ");
            }
        }
        fixed(words, option.computePflops(), 3, true).append(" PFLOPS x ");
        fixed(words, hours, 0, true).append(" hours = ");
        fixed(words, pflopsHours, 0, true).append(" PFLOPS-hours.");
        if (perHour != null) {
            perUnit(words.append(' '), perHour, currency).append(" per PFLOPS-hour");
            if (riskAdjusted != null) {
                perUnit(words.append(", divided by P = ").append(decimal(probability, 4)).append(": "), riskAdjusted, currency);
            } else {
                words.append("; P = 0: no risk-adjusted cost");
            }
            words.append('.');
        } else {
            words.append(" Nothing arrives within the horizon: no cost per PFLOPS-hour.");
        }
        return words.toString();
    }

    /** The answer's figures, and the unrounded risk-adjusted cost per PFLOPS-hour that ranks ties (NaN when absent). */
    record Costing(CostOfCompute answer, double riskAdjustedPerPflopsHour) {
    }

    private static void delivered(StringBuilder words, double leadTimeMonths, int horizonMonths) {
        fixed(words.append("Delivered after "), leadTimeMonths, 1, false).append(" months of the ").append(horizonMonths)
                .append("-month horizon,");
    }

    /** Small amounts, a kWh's or a PFLOPS-hour's, with four decimals. */
    private static StringBuilder perUnit(StringBuilder out, double amount, String currency) {
        return fixed(out.append(currency).append(' '), amount, 4, true);
    }

    private static Money amount(double value, String currency) {
        return new Money(round(value, 2), currency);
    }
}
