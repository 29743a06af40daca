/**
 * Chart.js with the parts every chart on the site uses registered: category and linear scales,
 * points and tooltips. Each chart module imports `Chart` from here and registers only what it
 * adds (controllers, bars, lines, legend), so a page loads no Chart.js part it does not draw.
 */
import { CategoryScale, Chart, LinearScale, PointElement, Tooltip } from "chart.js";

Chart.register(CategoryScale, LinearScale, PointElement, Tooltip);

export { Chart };
