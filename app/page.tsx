import { Landing } from "@/components/marketing/landing";

export default function HomePage() {
  return <Landing />;
}
