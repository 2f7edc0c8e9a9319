package nl.clubhuis.route.web;

import nl.clubhuis.route.BusinessCaseEntry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.clubhuis.route.BusinessCaseEntry.Dimension;
import nl.clubhuis.route.BusinessCaseEntry.Side;

/** A new line for the business case. */
public class BusinessCaseForm {

	@NotNull
	private Side side;

	@NotNull
	private Dimension dimension;

	@NotBlank
	@Size(max = 500)
	private String description;

	@Size(max = 60)
	private String amount;

	public Side getSide() {
		return this.side;
	}

	public void setSide(Side side) {
		this.side = side;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public void setDimension(Dimension dimension) {
		this.dimension = dimension;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public BusinessCaseEntry toEntry() {
		return new BusinessCaseEntry(this.side, this.dimension, this.description, this.amount);
	}

}
