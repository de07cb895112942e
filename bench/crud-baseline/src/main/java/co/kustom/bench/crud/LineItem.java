package co.kustom.bench.crud;

/** One line of an order, amounts in minor units, {@code tax_rate} in hundredths of a percent (2500 = 25%). */
record LineItem(String type, String reference, String name, Long quantity, String quantityUnit, Long unitPrice,
                Long taxRate, Long totalAmount, Long totalDiscountAmount, Long totalTaxAmount, String merchantData) {

    LineItem {
        type = type == null ? "physical" : type;
        totalDiscountAmount = totalDiscountAmount == null ? 0L : totalDiscountAmount;
    }
}
