import { describeWindow } from "../../lib/calendar/era";
import { KNOWN_LEAD_TIMES, type RentalForm, type RentalReading } from "../../lib/checker/checker-form";
import { vendorWebsites } from "../../lib/checker/labels";
import { type MessageKey, message } from "../../lib/i18n/messages";
import { KNOWN_VALUES, type KnownValue, type VendorId } from "../../lib/incidents/rental";
import { vendors } from "../../lib/incidents/vendors";
import { useT } from "../shared/i18n";
import { ChoiceQuestion } from "./ChoiceQuestion";
import { DateQuestion } from "./DateQuestion";

interface Props {
	rental: RentalForm;
	reading: RentalReading;
	/** Counting from 1; names the radio groups so several rentals never share one. */
	number: number;
	/** The trip questions: on the full page. */
	withTrip: boolean;
	onChange: (rental: RentalForm) => void;
}

/** The questions about one rental, in the order people remember them. */
export function RentalQuestions({ rental, reading, number, withTrip, onChange }: Props) {
	const t = useT();
	const set = <K extends keyof RentalForm>(key: K, value: RentalForm[K]) => onChange({ ...rental, [key]: value });
	const chosen: VendorId | undefined = rental.vendor === "unknown" ? undefined : rental.vendor;
	const sites = chosen ? vendorWebsites(chosen) : vendors.map((vendor) => vendorWebsites(vendor.id)).join(" / ");
	const options = <F extends "orderedVia" | "returnedVia" | "paidVia" | "paidWhen">(field: F) =>
		(KNOWN_VALUES[field] as readonly string[] as readonly KnownValue<F>[]).map((value) => ({
			value,
			label: message(t.locale, `${field}.${value}` as MessageKey, { sites }),
		}));
	const name = (field: string) => `${field}-${number}`;
	return (
		<>
			<ChoiceQuestion
				name={name("vendor")}
				legend={t("qVendor")}
				choices={vendors.map((vendor) => ({ value: vendor.id, label: t.text(vendor.knownAs) }))}
				value={rental.vendor}
				onChange={(value) => set("vendor", value)}
				unknownValue="unknown"
				unknownLabel={t("vendorUnknown")}
			/>
			<ChoiceQuestion
				name={name("orderedVia")}
				legend={t("qOrderedVia")}
				choices={options("orderedVia")}
				value={rental.orderedVia}
				onChange={(value) => set("orderedVia", value)}
				unknownValue="unknown"
			/>
			<DateQuestion
				legend={t("qOrderedOn")}
				value={rental.orderedOn}
				onChange={(value) => set("orderedOn", value)}
				error={reading.errors.orderedOn}
			/>
			<ChoiceQuestion
				name={name("returnedVia")}
				legend={t("qReturnedVia")}
				choices={options("returnedVia")}
				value={rental.returnedVia}
				onChange={(value) => set("returnedVia", value)}
				unknownValue="unknown"
			/>
			<DateQuestion
				legend={t("qReturnedOn")}
				value={rental.returnedOn}
				onChange={(value) => set("returnedOn", value)}
				error={reading.errors.returnedOn}
			/>
			{withTrip ? (
				<fieldset class="question trip">
					<legend>{t("tripHeading")}</legend>
					<DateQuestion
						legend={t("qDeparture")}
						value={rental.departure}
						onChange={(value) => set("departure", value)}
						error={reading.errors.departure}
					/>
					<ChoiceQuestion
						name={name("leadTime")}
						legend={t("qLeadTime")}
						choices={KNOWN_LEAD_TIMES.map((value) => ({ value, label: t(`leadTime.${value}`) }))}
						value={rental.leadTime}
						onChange={(value) => set("leadTime", value)}
						unknownValue="unknown"
					/>
					<DateQuestion
						legend={t("qTripReturn")}
						value={rental.tripReturn}
						onChange={(value) => set("tripReturn", value)}
						error={reading.errors.tripReturn}
					/>
					<p class="understood from-trip" aria-live="polite">
						{reading.fromTrip.orderedOn
							? t("fromTripOrdered", { when: describeWindow(reading.fromTrip.orderedOn, t.locale) })
							: null}{" "}
						{reading.fromTrip.returnedOn
							? t("fromTripReturned", { when: describeWindow(reading.fromTrip.returnedOn, t.locale) })
							: null}
					</p>
				</fieldset>
			) : null}
			<ChoiceQuestion
				name={name("paidVia")}
				legend={t("qPaidVia")}
				choices={options("paidVia")}
				value={rental.paidVia}
				onChange={(value) => set("paidVia", value)}
				unknownValue="unknown"
			/>
			{/* Only Telecom Square's criteria turn on the moment of settling (facts C14). */}
			{rental.vendor === "xcom-global" ? null : (
				<ChoiceQuestion
					name={name("paidWhen")}
					legend={t("qPaidWhen")}
					hint={t("paidWhenHint")}
					choices={options("paidWhen")}
					value={rental.paidWhen}
					onChange={(value) => set("paidWhen", value)}
					unknownValue="unknown"
				/>
			)}
		</>
	);
}
