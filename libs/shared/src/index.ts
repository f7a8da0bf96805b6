export const PRODUCT_NAME = "Fullcircle";
