import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, ArcElement, DoughnutController } from 'chart.js';

// Only what the portal draws: tree-shaken, and this module loads with the first chart.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend, ArcElement, DoughnutController);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#1f2328';

export const PALETTE = ['#1d4f91', '#c2410c', '#1e6b34', '#7c3aed', '#b3261e', '#0f766e', '#a16207', '#be185d', '#4b5563'];
