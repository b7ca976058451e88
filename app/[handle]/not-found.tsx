import { PortfolioNotFound } from "@/components/public/not-found";

export default function NotFound() {
  return <PortfolioNotFound />;
}
