import Header from "@/components/Header";
import Hero from "@/components/Hero";
import Features from "@/components/Features";
import Pricing from "@/components/Pricing";
import SignupForm from "@/components/SignupForm";
import Footer from "@/components/Footer";

export default function Home() {
  return (
    <>
      <Header />
      <main>
        <Hero />
        <Features />
        <Pricing />
        <section id="signup" className="bg-brand-50 px-6 py-20">
          <div className="mx-auto max-w-xl text-center">
            <h2 className="font-display text-3xl font-bold text-slate-900">
              Stay in the loop
            </h2>
            <p className="mt-3 text-slate-600">
              One short email a month with product news &amp; tips. No spam, ever.
            </p>
            <SignupForm />
          </div>
        </section>
      </main>
      <Footer />
    </>
  );
}
